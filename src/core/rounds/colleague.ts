/**
 * A questionnaire for a colleague on OUR side (issue 13): the same file as the other party's, with
 * two extra defined names. CF_RespondentSide says whose side answers it (our perspective), and
 * CF_SideCheck ties that claim to this assessment through something the other party's questionnaire
 * never carries (our title). Without the check a returned file of theirs could be edited to land on
 * our side. The check is no signature: someone who knows our title and our code can forge it.
 */
import { hash64 } from "../exchange/fingerprint";
import { ExchangeFileError } from "../exchange/errors";
import type { ReturnedWorkbook } from "../exchange/answers";
import { quoteText } from "../exchange/quote";
import type { Perspective, Side } from "../method/types";
import { NAME_PREFIX } from "../workbook/names";
import { roundsTexts } from "../texts/parts/rounds";

export const COLLEAGUE_NAMES = {
  side: `${NAME_PREFIX}RespondentSide`,
  check: `${NAME_PREFIX}SideCheck`,
} as const;

/** "US-" and 16 hex digits: binds "answered for our side" to this assessment and our private title. */
export function sideCheck(assessmentId: string, title: string): string {
  return `US-${hash64(JSON.stringify(["us", assessmentId, title.trim()]))}`;
}

export interface OurSideFacts {
  assessmentId: string;
  title: string;
  perspective: Perspective;
}

function text(v: unknown): string | undefined {
  return typeof v === "string" ? v.trim() : undefined;
}

/**
 * Which side a checked questionnaire's respondent belongs to. A file without CF_RespondentSide is the
 * other party's (every questionnaire made before this existed). A file claiming our side must carry
 * our perspective and the right check, else it is refused as a whole.
 */
export function respondentSide(file: ReturnedWorkbook, ours: OurSideFacts, label: string): Side {
  const claim = file.names[COLLEAGUE_NAMES.side];
  if (!claim) return "them";
  const sideText = text(claim.value);
  if (sideText !== ours.perspective)
    throw new ExchangeFileError(
      roundsTexts().import.side(
        label,
        COLLEAGUE_NAMES.side,
        sideText === undefined ? roundsTexts().import.missing : quoteText(sideText, 40),
        ours.perspective
      )
    );
  const check = text(file.names[COLLEAGUE_NAMES.check]?.value);
  if (check !== sideCheck(ours.assessmentId, ours.title))
    throw new ExchangeFileError(roundsTexts().import.sideCheck(label, COLLEAGUE_NAMES.check));
  return "us";
}
