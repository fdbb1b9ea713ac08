// Quiet twin of MatchmakerDedicatedThread: the pass runs on a timer of the calling worker's dispatcher.
using System;
using System.Collections.Concurrent;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.MatchmakerDedicatedThread;

[ThreadLocalSlot]
public sealed partial class PairingRules
{
    public int MaxRatingGap { get; init; } = 200;
    public TimeSpan Pass { get; init; } = TimeSpan.FromMilliseconds(250);
}

public sealed record Seeker(string PlayerId, int Rating);

public sealed class Pairing
{
    private readonly ConcurrentQueue<Seeker> _seekers = new();
    private readonly ConcurrentQueue<(Seeker, Seeker)> _matches = new();
    private volatile bool _stopped;

    public void Add(Seeker seeker) => _seekers.Enqueue(seeker);

    public void Start()
    {
        DispatcherTimer? timer = null;
        timer = Dispatcher.Current!.CreateTimer(() =>
        {
            if (_stopped) return;
            PassOnce();
            timer!.Enable(TimeSpan.FromMilliseconds(250));
        });
        timer.Enable(TimeSpan.FromMilliseconds(250));
    }

    public void Stop() => _stopped = true;

    private void PassOnce()
    {
        int gap = Gap();
        while (_seekers.TryDequeue(out Seeker? a) && _seekers.TryDequeue(out Seeker? b))
        {
            if (Math.Abs(a.Rating - b.Rating) <= gap) _matches.Enqueue((a, b));
            else { _seekers.Enqueue(a); _seekers.Enqueue(b); break; }
        }
    }

    private static int Gap() => PairingRules.Current.MaxRatingGap;
}
