// Round 3. The same [SharedSnapshot] table, only read.
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
    public static string TypeOf(string extension) =>
        MimeTypes.ByExtension.TryGetValue(extension, out var type) ? type : "application/octet-stream";
}
