import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

export async function buildDocx(options: {
  title?: string;
  heading: string;
  paragraphs: string[];
  bullets?: string[];
}): Promise<Uint8Array> {
  const children = [
    new Paragraph({ text: options.heading, heading: HeadingLevel.HEADING_1 }),
    ...options.paragraphs.map((text, i) =>
      i === 0
        ? new Paragraph({ children: [new TextRun({ text: text.slice(0, 20), bold: true }), new TextRun(text.slice(20))] })
        : new Paragraph({ text }),
    ),
    ...(options.bullets ?? []).map((text) => new Paragraph({ text, bullet: { level: 0 } })),
  ];
  const document = new Document({
    ...(options.title ? { title: options.title } : {}),
    creator: 'desk-laptop-07',
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
