using System.Collections.Generic;

namespace Corpus.WorkerState.R9.StaticFieldParkedElsewhere;

public static partial class Parking
{
    private static Dictionary<string, int>? s_parked;

    public static void Park() => s_parked = Cache.Current.ByHost;
}
