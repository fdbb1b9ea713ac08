using System.Threading;

namespace Corpus.WorkerState.R9.StaticFieldParkedElsewhere;

public static partial class Parking
{
    public static void DrainLater()
    {
        ThreadPool.QueueUserWorkItem(_ => s_parked?.Clear());
    }
}
