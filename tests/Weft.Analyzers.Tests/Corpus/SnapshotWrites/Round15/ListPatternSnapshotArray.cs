// Round 15, WEFT0003: a property pattern with a list pattern binds the snapshot's own array (`Items: [var head, ..]
// items`), and the handler normalises its first element in place. The snapshot type holds a string[], which WEFT0001
// reports in both twins.
using Weft;

namespace Corpus.Round15.ListPatternSnapshotArray;

[ThreadLocalSlot]
public sealed partial class Menu
{
    public string[] Items { get; init; } = []; // expect: WEFT0001
}

public static class MenuHandler
{
    public static string[] Normalized()
    {
        if (Menu.Current is { Items: [var head, ..] items })
        {
            items[0] = head.Trim().ToUpperInvariant(); // expect: WEFT0003
            return items;
        }

        return [];
    }
}
