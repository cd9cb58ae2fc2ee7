import type { APIContext } from "astro";
import { siteModel } from "../../../site/model.ts";
import { versionRecord } from "../../../site/open-data.ts";
import type { ProcedureTimeline } from "../../../domain/timeline.ts";

export async function getStaticPaths() {
  const { timelines } = await siteModel();
  return timelines.map((timeline) => ({ params: { code: timeline.code }, props: { timeline } }));
}

export function GET({ props }: APIContext<{ timeline: ProcedureTimeline }>) {
  const t = props.timeline;
  return Response.json({ code: t.code, current: t.current.data.effective, versions: t.versions.map(versionRecord) });
}
