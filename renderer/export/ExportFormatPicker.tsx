// The formats as a grid of radio tiles: each says what the file is for, which matters more to an
// editor than the file extension.
import { EXPORT_FORMAT_OPTIONS, type ExportChoice } from './export-formats.js';

interface ExportFormatPickerProps {
  name: string;
  value: ExportChoice;
  onChange: (choice: ExportChoice) => void;
}

export function ExportFormatPicker({ name, value, onChange }: ExportFormatPickerProps) {
  return (
    <div className="export-formats">
      {EXPORT_FORMAT_OPTIONS.map((option) => (
        <label key={option.choice} className="export-option export-option--tile">
          <input
            type="radio"
            name={name}
            value={option.choice}
            checked={value === option.choice}
            onChange={() => onChange(option.choice)}
          />
          <span className="export-option__text">
            <span className="export-option__label">{option.label}</span>
            <span className="export-option__detail">{option.detail}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
