// Quiet twin: the retry publishes a new list without the bad entry (a filtered copy).
using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.R11.ExceptionRetryLoopQuiet;

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
                config = config.Where(static c => c != "bad").ToList();
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
