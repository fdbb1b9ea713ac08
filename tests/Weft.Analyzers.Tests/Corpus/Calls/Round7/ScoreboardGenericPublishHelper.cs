// Game server on main: publishes go through a small generic helper (logs, then Slot<T>.PublishAsync); after the
// helper returned, main appends a late result to the board's list. The helper publishes its argument, so the list
// inside the board is published. Twin: the late result is added before the publish.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ScoreboardGenericPublishHelper;

public sealed record Scoreboard(string Match, List<(string Player, int Kills)> Lines);

public static class Publishing
{
    public static async Task PublishLoggedAsync<T>(Slot<T> slot, T value, Action<string> log)
        where T : class
    {
        log($"publishing {typeof(T).Name}");
        await slot.PublishAsync(value);
    }
}

public sealed class MatchEnd
{
    private readonly Slot<Scoreboard> _slot;
    private readonly Action<string> _log;

    public MatchEnd(Slot<Scoreboard> slot, Action<string> log)
    {
        _slot = slot;
        _log = log;
    }

    public async Task FinishAsync(string match, IEnumerable<(string, int)> lines, (string, int)? late)
    {
        var board = new Scoreboard(match, new List<(string Player, int Kills)>(lines));
        await Publishing.PublishLoggedAsync(_slot, board, _log);
        if (late is { } line) board.Lines.Add(line); // expect: WEFT0002
    }
}
