// Round 15, WEFT0002, order by flow in a PeriodicTimer loop: a background sweep keeps the live sessions in one local
// list, removes the expired ones and publishes that same list on every tick. From the second tick on, RemoveAll (above
// the publish in the text) writes the list the previous tick published.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Round15.PeriodicSweepLocal;

public readonly record struct Session(string Id, DateTimeOffset Expires);

public sealed class SessionSweeper(Slot<List<Session>> live, TimeProvider clock)
{
    public async Task RunAsync(IEnumerable<Session> seed, TimeSpan period, CancellationToken ct)
    {
        var sessions = new List<Session>(seed);
        using var timer = new PeriodicTimer(period, clock);
        while (await timer.WaitForNextTickAsync(ct))
        {
            var now = clock.GetUtcNow();
            sessions.RemoveAll(s => s.Expires <= now); // expect: WEFT0002
            live.Publish(sessions);
        }
    }
}
