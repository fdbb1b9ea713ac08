// Round 15, WEFT0003 quiet twin: the handler copies the matched array ([.. menu.Items]) and changes its copy.
using Weft;

namespace Corpus.Round15.ListPatternSnapshotArrayQuiet;

[ThreadLocalSlot]
public sealed partial class Menu
{
    public string[] Items { get; init; } = []; // expect: WEFT0001
}

public static class MenuHandler
{
    public static string[] Normalized()
    {
        if (Menu.Current is { Items: [var head, ..] } menu)
        {
            string[] items = [.. menu.Items];
            items[0] = head.Trim().ToUpperInvariant();
            return items;
        }

        return [];
    }
}
