// Quiet twin of WorkerOwnedUserProperty: the worker copies the names into a fresh array, sorted on the thread pool.
// The [ThreadStatic] field is also cleared from a pool thread: that thread's own (empty) field, never shared state
// (WEFT0004 page).
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

    public static Task ResetPoolThreadAsync() => Task.Run(() => t_names?.Clear());
}

public sealed class HeaderAudit
{
    public Task AuditAsync(IEnumerable<string> headers)
    {
        var names = HeaderScratch.Names;
        names.AddRange(headers);
        string[] copy = names.ToArray();
        return Task.Run(() => System.Array.Sort(copy, System.StringComparer.OrdinalIgnoreCase));
    }
}
