// Quiet twin of HealthFailureStreak: the streak is incremented with Interlocked; the reset stays a plain volatile store.
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.HealthFailureStreak;

public static class HealthBoard
{
    internal static volatile int s_streak;

    public static int Streak => s_streak;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamChecker
{
    private int _localFailures;

    public async Task CheckAsync(System.Func<Task<bool>> probe)
    {
        bool ok = await probe();
        if (ok)
        {
            HealthBoard.s_streak = 0;
            return;
        }
        _localFailures++;
        Interlocked.Increment(ref HealthBoard.s_streak);
    }

    public int LocalFailures => _localFailures;
}
