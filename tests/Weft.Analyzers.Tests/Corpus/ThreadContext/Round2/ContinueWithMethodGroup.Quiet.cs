// Round 2. The prefix is read on the worker and captured; the continuation only uses the captured string.
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.ContinueGroup;

[ThreadLocalSlot]
public sealed partial class Naming
{
    public string Prefix { get; init; } = "";
}

public static class Jobs
{
    public static Task<string> NameAsync(Task<int> id)
    {
        string prefix = Naming.Current.Prefix;
        return id.ContinueWith(done => prefix + done.Result);
    }
}
