// C# 14 `field ??= []` in a getter, every dish added before the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R12.LazyFieldKeywordQuiet;

public sealed class Menu
{
    public List<string> Dishes => field ??= [];
}

public static class Kitchen
{
    public static void Open(Slot<Menu> slot)
    {
        var menu = new Menu();
        menu.Dishes.Add("soup");
        menu.Dishes.Add("bread");
        slot.Publish(menu);
    }
}
