import type { APIRoute } from 'astro';
import { getChecklistControls } from '../../data/checklist';
import { checklistRows } from '../../lib/checklist';
import { toCsv } from '../../lib/csv';

export const GET: APIRoute = async () =>
  new Response(toCsv(checklistRows(await getChecklistControls())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
