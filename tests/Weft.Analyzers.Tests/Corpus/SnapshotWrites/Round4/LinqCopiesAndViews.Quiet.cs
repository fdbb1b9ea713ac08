// Quiet twin of LinqCopiesAndViews: the snapshot holds immutable records; ToList/ToDictionary copies are written
// freely (their own slots), and changed accounts are `with` copies; AsEnumerable is only read.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Round4.LinqCopiesAndViewsQuiet;

public sealed record Account(string Name, bool Active, long Quota);

[ThreadLocalSlot]
public sealed partial class AccountBook
{
    public ImmutableArray<Account> Accounts { get; init; } = ImmutableArray<Account>.Empty;
}

public static class QuotaCheck
{
    public static int Charge(string name, long bytes)
    {
        List<Account> active = AccountBook.Current.Accounts.Where(a => a.Active).ToList();
        active.RemoveAll(a => a.Name.Length == 0);
        active[0] = active[0] with { Quota = active[0].Quota - bytes };

        Dictionary<string, Account> byName = AccountBook.Current.Accounts.ToDictionary(a => a.Name);
        byName.Remove("root");
        byName[name] = byName[name] with { Active = false };

        IEnumerable<Account> view = AccountBook.Current.Accounts.AsEnumerable();
        return active.Count + byName.Count + view.Count();
    }
}
