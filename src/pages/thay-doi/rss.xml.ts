import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { siteModel, urls } from "../../site/model.ts";
import { recentChanges } from "../../site/changes.ts";

export async function GET(context: APIContext) {
  const model = await siteModel();
  return rss({
    title: `${model.catalog.config.site.title}: thay đổi gần đây`,
    description: "Thủ tục hành chính được công khai, sửa đổi, bãi bỏ",
    // The channel links to the home page under the base, not to the bare host.
    site: new URL(urls.home, context.site).href,
    customData: "<language>vi</language>",
    items: recentChanges(model).map((c) => ({
      title: `${c.kind}: ${c.version.data.name} (${c.version.data.code})`,
      link: urls.version(c.version.data.code, c.version.data.effective),
      pubDate: new Date(`${c.published}T00:00:00+07:00`),
      description: `Hiệu lực từ ${c.version.data.effective}, theo Quyết định ${c.version.data.decision}.`,
    })),
  });
}
