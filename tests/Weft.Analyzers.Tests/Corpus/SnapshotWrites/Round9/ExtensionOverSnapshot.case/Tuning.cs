using System;

namespace Corpus.SnapshotWrites.R9.ExtensionOverSnapshot;

public static class Tuning
{
    public static int FirstTimeout()
    {
        int[] timeouts = Config.Current.TimeoutsOf();
        Array.Clear(timeouts, 1, timeouts.Length - 1); // expect: WEFT0003
        return timeouts[0];
    }
}
