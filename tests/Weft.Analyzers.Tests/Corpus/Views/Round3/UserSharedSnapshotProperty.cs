// Round 3. The team's own shared table is marked [SharedSnapshot]; writing into what it returns is the same race. Reading taken: the attribute's doc says writing to it or anything reached through it is WEFT0003.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.UserSharedSnapshotProperty;

public static class MimeTypes
{
    private static readonly Dictionary<string, string> s_byExtension = new() { [".html"] = "text/html" };

    [SharedSnapshot]
    public static Dictionary<string, string> ByExtension => s_byExtension;
}

public static class Responder
{
    public static string TypeOf(string extension)
    {
        if (!MimeTypes.ByExtension.TryGetValue(extension, out var type))
        {
            type = "application/octet-stream";
            MimeTypes.ByExtension[extension] = type; // expect: WEFT0003
        }

        return type;
    }
}
