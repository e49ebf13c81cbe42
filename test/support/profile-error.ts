/** The words a person reads for the ProfileError `run` throws (the error itself holds a code). */
import { ProfileError } from "../../src/core/method";
import { profileProblemText } from "../../src/core/texts/profile-problem";

export function profileErrorText(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(ProfileError);
    return profileProblemText(err as ProfileError);
  }
  throw new Error("expected a ProfileError");
}
