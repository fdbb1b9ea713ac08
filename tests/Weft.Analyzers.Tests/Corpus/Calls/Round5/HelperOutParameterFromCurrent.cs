// WEFT0003: a Try-pattern helper hands the snapshot's list out through an `out` parameter (no attribute on it);
// the caller writes what came out. A second helper returns it inside a `(bool, List<T>)` tuple.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.HelperOutParameterFromCurrent;

[ThreadLocalSlot]
public sealed partial class Tenants
{
    public Dictionary<string, List<string>> Users { get; init; } = new(); // expect: WEFT0001
}

public static class Lookup
{
    public static bool TryFind(string tenant, out List<string> users) => Tenants.Current.Users.TryGetValue(tenant, out users!);

    public static (bool Found, List<string>? Users) Find(string tenant) => Tenants.Current.Users.TryGetValue(tenant, out var u) ? (true, u) : (false, null);
}

public static class Worker
{
    public static void AddUser(string tenant, string user)
    {
        if (Lookup.TryFind(tenant, out var users))
        {
            users.Add(user); // expect: WEFT0003
        }

        var (found, same) = Lookup.Find(tenant);
        if (found) same!.Remove(user); // expect: WEFT0003
    }
}
