// Game server: each worker renders the published leaderboard for its players and marks the requesting player's row.
// The row objects belong to the snapshot (WEFT0001 on Rows: an immutable array of mutable rows), so setting
// Highlighted on the "mine" alias writes shared data. One-token twin: `row with { }` gives the worker its own row.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.LeaderboardHighlight;

public sealed record RankRow(string PlayerId, string Name, long Score)
{
    public bool Highlighted { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Leaderboard
{
    public ImmutableArray<RankRow> Rows { get; init; } // expect: WEFT0001
    public long Version { get; init; }
}

public sealed class LeaderboardPage
{
    public List<RankRow> Render(string playerId, int top)
    {
        Leaderboard board = Leaderboard.Current;
        var page = new List<RankRow>(top + 1);
        foreach (RankRow row in board.Rows)
        {
            if (page.Count == top) break;
            if (row.PlayerId == playerId)
            {
                RankRow mine = row;
                mine.Highlighted = true; // expect: WEFT0003
                page.Add(mine);
            }
            else
            {
                page.Add(row);
            }
        }

        return page;
    }
}
