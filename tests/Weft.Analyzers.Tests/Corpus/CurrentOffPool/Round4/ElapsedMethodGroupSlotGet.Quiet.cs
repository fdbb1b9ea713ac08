// Quiet twin of ElapsedMethodGroupSlotGet: the value is read on the loop when the logger is built (an immutable
// record) and the Elapsed handler logs that copy.
using System;
using System.Timers;
using Weft.Slots;

namespace Corpus.Round4.ElapsedMethodGroupSlotGet;

public sealed record Upstreams(string Primary, string Fallback);

public sealed class UpstreamLogger : IDisposable
{
    readonly Timer _timer = new(TimeSpan.FromSeconds(10));
    readonly Upstreams _upstreams;

    public UpstreamLogger(Slot<Upstreams> upstreams)
    {
        _upstreams = upstreams.Get();
        _timer.Elapsed += OnElapsed;
        _timer.Start();
    }

    void OnElapsed(object? sender, ElapsedEventArgs e)
    {
        Console.WriteLine($"{e.SignalTime:O} {_upstreams.Primary}");
    }

    public void Dispose() => _timer.Dispose();
}
