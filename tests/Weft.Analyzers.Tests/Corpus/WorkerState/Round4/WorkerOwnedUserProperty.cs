// WEFT0004: the user's own accessor is marked [WorkerOwned] (state owned by the calling thread); the list it returns
// is captured by a Task.Run lambda.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.WorkerOwnedUserProperty;

public static class HeaderScratch
{
    [System.ThreadStatic] static List<string>? t_names;

    /// <summary>This thread's reusable header-name list.</summary>
    [WorkerOwned]
    public static List<string> Names => t_names ??= new List<string>();
}

public sealed class HeaderAudit
{
    public Task AuditAsync(IEnumerable<string> headers)
    {
        var names = HeaderScratch.Names;
        names.AddRange(headers);
        return Task.Run(() => names.Sort(System.StringComparer.OrdinalIgnoreCase)); // expect: WEFT0004
    }
}
