// What a failed file-system call means, in Vietnamese. Node's own error text is English ("EACCES: permission
// denied, open …"); only its code is kept.

export function fsErrorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "không có quyền đọc hoặc ghi";
    case "ENOENT":
      return "không tồn tại (có thể vừa bị xóa hoặc đổi tên)";
    case "ENOTDIR":
      return "một phần của đường dẫn không phải là thư mục";
    case "EISDIR":
      return "là một thư mục, không phải tệp";
    case "ENAMETOOLONG":
      return "tên tệp hoặc đường dẫn quá dài";
    case "ELOOP":
      return "là một liên kết tượng trưng (symlink)";
    case "EEXIST":
      return "đã có";
    case "ENOSPC":
    case "EDQUOT":
      return "ổ đĩa đã đầy";
    case "EROFS":
      return "ổ đĩa chỉ cho đọc";
    case "EMFILE":
    case "ENFILE":
      return "mở quá nhiều tệp cùng lúc";
    case "EIO":
      return "lỗi đọc ghi của ổ đĩa";
    case "EBUSY":
      return "đang bị chương trình khác dùng";
    default:
      return typeof code === "string" ? `lỗi hệ thống (${code})` : "lỗi hệ thống";
  }
}
