// Vietnamese alphabetical order (a ă â b c d đ e ê ...; tones after the letter), for every list people read:
// "Đăng ký khai sinh" before "Đăng ký khai tử", "Đ" after "D". One collator: constructing it per call is slow.
const VI = new Intl.Collator("vi");

export const compareVi = (a: string, b: string): number => VI.compare(a, b);
