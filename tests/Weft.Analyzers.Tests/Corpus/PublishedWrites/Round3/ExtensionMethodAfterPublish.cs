// Round 3. The write after publishing hides in an extension method on the published dictionary.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round3.ExtensionMethodAfterPublish;

public static class HeaderExtensions
{
    public static void AddDefaults(this Dictionary<string, string> headers) => headers["server"] = "weft";
}

public static class HeaderAdmin
{
    public static async Task ApplyAsync(Slot<Dictionary<string, string>> slot, Dictionary<string, string> headers)
    {
        await slot.PublishAsync(headers);
        headers.AddDefaults(); // expect: WEFT0002 "headers"
    }
}
