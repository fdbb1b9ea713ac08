// Game server: the leaderboard renderer takes the board through a parameter marked [SharedSnapshot] (callers pass
// Current); to show the page it sorts the board's entries in place. The parameter's data is shared by every thread.
// Twin: the renderer sorts a copy.
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.BoardRendererSharedSnapshotParam;

public sealed record BoardEntry(string Player, long Score);

public sealed class BoardData
{
    public List<BoardEntry> Entries { get; } = new();
}

public static class BoardRenderer
{
    public static IEnumerable<string> Render([SharedSnapshot] BoardData board, int top)
    {
        List<BoardEntry> entries = board.Entries;
        entries.Sort((a, b) => b.Score.CompareTo(a.Score)); // expect: WEFT0003
        return entries.Take(top).Select((e, i) => $"{i + 1}. {e.Player} {e.Score}");
    }
}
