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

public static class BoardFormat
{
    public static string Score(long score) => score >= 1_000_000 ? $"{score / 1_000_000.0:0.0}M" : score.ToString();

    public static string Line(int rank, BoardEntry entry) => $"{rank,3}. {entry.Player,-16} {Score(entry.Score),8}";

    public static IReadOnlyList<string> Header(string title) => new[] { title, new string('-', title.Length) };
}

public static class BoardPaging
{
    public static int Pages(int entries, int perPage) => (entries + perPage - 1) / System.Math.Max(1, perPage);

    public static int FirstRank(int page, int perPage) => page * perPage + 1;
}
