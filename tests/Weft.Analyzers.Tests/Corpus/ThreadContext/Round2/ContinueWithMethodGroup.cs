// Round 2. Report place: the method group is handed to ContinueWith on one line and reads Current on another (group).
// The continuation (default scheduler) runs on the thread pool and reads Current there.
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
    public static Task<string> NameAsync(Task<int> id) => id.ContinueWith(Describe); // expect: WEFT0005 #cont

    private static string Describe(Task<int> done) => Naming.Current.Prefix + done.Result; // expect: WEFT0005 #cont
}
