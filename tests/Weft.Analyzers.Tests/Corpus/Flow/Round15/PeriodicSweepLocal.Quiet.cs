// Round 15, WEFT0002 quiet twin: every tick publishes a copy ([.. sessions]) and keeps sweeping its own list.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Round15.PeriodicSweepLocalQuiet;

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
            sessions.RemoveAll(s => s.Expires <= now);
            live.Publish([.. sessions]);
        }
    }
}
