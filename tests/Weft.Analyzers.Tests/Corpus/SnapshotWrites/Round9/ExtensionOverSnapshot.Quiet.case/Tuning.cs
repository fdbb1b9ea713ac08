using System;

namespace Corpus.SnapshotWrites.R9.ExtensionOverSnapshot;

public static class Tuning
{
    public static int FirstTimeout()
    {
        int[] timeouts = (int[])Config.Current.TimeoutsOf().Clone();
        Array.Clear(timeouts, 1, timeouts.Length - 1);
        return timeouts[0];
    }
}
