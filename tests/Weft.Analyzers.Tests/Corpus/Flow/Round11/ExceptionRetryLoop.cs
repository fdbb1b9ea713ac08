// An exception-driven retry loop: publish, validate, and on failure remove the bad entry from the same list and try
// again. The removal runs after the publish of the failed attempt.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.ExceptionRetryLoop;

public static class Rollout
{
    public static void Apply(Slot<List<string>> slot, List<string> config)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                slot.Publish(config);
                Validate(config, attempt);
                return;
            }
            catch (InvalidOperationException)
            {
                config.Remove("bad"); // expect: WEFT0002
            }
        }
    }

    private static void Validate(List<string> config, int attempt)
    {
        if (attempt == 0 && config.Contains("bad"))
        {
            throw new InvalidOperationException();
        }
    }
}
