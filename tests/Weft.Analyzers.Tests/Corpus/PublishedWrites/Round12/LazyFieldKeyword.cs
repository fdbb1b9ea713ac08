// C# 14 `field ??= []` in a getter: the list it creates lazily is part of the object, so adding to it after the
// object was published writes what the workers read.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R12.LazyFieldKeyword;

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
        slot.Publish(menu);
        menu.Dishes.Add("bread"); // expect: WEFT0002
    }
}
