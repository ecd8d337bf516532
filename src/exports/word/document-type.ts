/** A Word file's media type: for the build's responses and the browser's downloads alike. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
