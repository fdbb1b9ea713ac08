// Round 2. The type pattern runs before the publish; the default is added while the list is still private.
using Weft.Slots;
using System.Collections.Generic;

namespace Corpus.PublishedWrites.Round2.Pattern;

public static class Settings
{
    public static void Publish(Slot<object> slot, object value)
    {
        if (value is List<string> { Count: 0 } names)
        {
            names.Add("default");
        }

        slot.Publish(value);
    }
}
