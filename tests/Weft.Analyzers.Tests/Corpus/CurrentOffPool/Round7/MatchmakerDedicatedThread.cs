// Matchmaking: a dedicated background thread pairs tickets and reads the published match rules on every pass through
// a small helper; the thread belongs to no pool, so Current has no value there. Reading taken: the page does not say
// whether a read reached through calls is reported at the read or on the way there: #escape on the chain. Twin: the pass runs on a dispatcher
// timer of the worker (the helper then reads the worker's rules).
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
        var thread = new Thread(Loop) { IsBackground = true, Name = "pairing" }; // expect: WEFT0005 #escape
        thread.Start();
    }

    public void Stop() => _stopped = true;

    private void Loop()
    {
        while (!_stopped)
        {
            PassOnce(); // expect: WEFT0005 #escape
            Thread.Sleep(250);
        }
    }

    private void PassOnce()
    {
        int gap = Gap();
        while (_seekers.TryDequeue(out Seeker? a) && _seekers.TryDequeue(out Seeker? b))
        {
            if (Math.Abs(a.Rating - b.Rating) <= gap) _matches.Enqueue((a, b));
            else { _seekers.Enqueue(a); _seekers.Enqueue(b); break; }
        }
    }

    private static int Gap() => PairingRules.Current.MaxRatingGap; // expect: WEFT0005 #escape
}
