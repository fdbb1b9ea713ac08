// Quiet twin of TickClockRefHelper: the static clock advances with Interlocked.Add through the ref.
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.TickClockRefHelper;

public static class ServerClock
{
    public static long s_elapsedMicros;

    public static void Advance(ref long clock, long micros) => clock += micros;

    public static void AdvanceAtomic(ref long clock, long micros) => Interlocked.Add(ref clock, micros);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TickState
{
    private long _ticks;

    public long Ticks => _ticks;

    [WorkerUpdate]
    public void Tick(long micros)
    {
        _ticks++;
        ServerClock.AdvanceAtomic(ref ServerClock.s_elapsedMicros, micros);
    }
}

public static class TickMath
{
    public const long MicrosPerSecond = 1_000_000;

    public static long MicrosPerTick(int hz) => MicrosPerSecond / System.Math.Max(1, hz);

    public static double Seconds(long micros) => micros / (double)MicrosPerSecond;

    public static string Uptime(long micros) => System.TimeSpan.FromMicroseconds(micros).ToString(@"d\.hh\:mm\:ss");
}
