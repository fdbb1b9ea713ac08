// Quiet twin of BoardRendererSharedSnapshotParam: the renderer sorts its own copy of the entries.
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
        List<BoardEntry> entries = board.Entries.ToList();
        entries.Sort((a, b) => b.Score.CompareTo(a.Score));
        return entries.Take(top).Select((e, i) => $"{i + 1}. {e.Player} {e.Score}");
    }
}
