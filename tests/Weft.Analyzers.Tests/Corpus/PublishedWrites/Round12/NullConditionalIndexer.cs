// C# 14 null-conditional assignment through an element access: `board?.Scores[0] = 0` writes the published array.
using Weft.Slots;

namespace Corpus.R12.NullConditionalIndexer;

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
        slot.Publish(board);
        board?.Scores[0] = 0; // expect: WEFT0002
    }
}
