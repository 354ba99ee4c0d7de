package gongwen

import "taizhang/app/docx"

// NewDocument is an empty document in the 公文 layout (styles, page, page
// numbers), for other documents of the office to fill: the issued plan,
// the feedback form, the table of comments taken.
func NewDocument(title string) *docx.Document { return newDocument(title) }
