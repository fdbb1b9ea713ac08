// C# 14 null-conditional element assignment before the publish.
using Weft.Slots;

namespace Corpus.R12.NullConditionalIndexerQuiet;

public sealed class Board
{
    public int[] Scores { get; } = new int[8];
}

public static class Boards
{
    public static void Publish(Slot<Board> slot)
    {
        Board? board = new();
        board.Scores[1] = 5;
        board?.Scores[0] = 0;
        slot.Publish(board);
    }
}
