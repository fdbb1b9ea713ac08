// WEFT0005: System.Timers.Timer.Elapsed subscribed with a method group; the handler calls Slot<T>.Get
// ([RequiresLoopThread]) on the timer's thread-pool thread.
using System;
using System.Timers;
using Weft.Slots;

namespace Corpus.Round4.ElapsedMethodGroupSlotGet;

public sealed record Upstreams(string Primary, string Fallback);

public sealed class UpstreamLogger : IDisposable
{
    readonly Timer _timer = new(TimeSpan.FromSeconds(10));
    readonly Slot<Upstreams> _upstreams;

    public UpstreamLogger(Slot<Upstreams> upstreams)
    {
        _upstreams = upstreams;
        _timer.Elapsed += OnElapsed;
        _timer.Start();
    }

    void OnElapsed(object? sender, ElapsedEventArgs e)
    {
        var current = _upstreams.Get(); // expect: WEFT0005 "Get"
        Console.WriteLine($"{e.SignalTime:O} {current.Primary}");
    }

    public void Dispose() => _timer.Dispose();
}
