// Quiet twin of HelperOutParameterFromCurrent: the Try-helper copies what it found into a new list before handing it
// out, and the tuple helper returns a count.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.HelperOutParameterFromCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class Tenants
{
    public ImmutableDictionary<string, ImmutableArray<string>> Users { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
}

public static class Lookup
{
    public static bool TryFind(string tenant, out List<string> users)
    {
        bool found = Tenants.Current.Users.TryGetValue(tenant, out var u);
        users = found ? new List<string>(u) : new List<string>();
        return found;
    }

    public static (bool Found, int Count) Find(string tenant) => Tenants.Current.Users.TryGetValue(tenant, out var u) ? (true, u.Length) : (false, 0);
}

public static class Worker
{
    public static int AddUser(string tenant, string user)
    {
        if (Lookup.TryFind(tenant, out var users))
        {
            users.Add(user);
        }

        var (found, count) = Lookup.Find(tenant);
        return found ? count + users.Count : 0;
    }
}
