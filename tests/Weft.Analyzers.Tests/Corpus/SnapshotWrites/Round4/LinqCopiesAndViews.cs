// LINQ over a snapshot's list: ToList/ToDictionary make NEW collections (writing those is fine) but their elements are
// the snapshot's objects (writing an element is WEFT0003); AsEnumerable returns the list itself, so a type test that
// gets the List<T> back and clears it writes the snapshot. The snapshot type's List of mutable accounts is WEFT0001.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.Round4.LinqCopiesAndViews;

public sealed class Account
{
    public string Name { get; set; } = "";
    public bool Active { get; set; }
    public long Quota { get; set; }
}

[ThreadLocalSlot]
public sealed partial class AccountBook
{
    public List<Account> Accounts { get; init; } = new(); // expect: WEFT0001
}

public static class QuotaCheck
{
    public static int Charge(string name, long bytes)
    {
        List<Account> active = AccountBook.Current.Accounts.Where(a => a.Active).ToList();
        active.RemoveAll(a => a.Name.Length == 0);
        active[0].Quota -= bytes; // expect: WEFT0003

        Dictionary<string, Account> byName = AccountBook.Current.Accounts.ToDictionary(a => a.Name);
        byName.Remove("root");
        byName[name].Active = false; // expect: WEFT0003

        IEnumerable<Account> view = AccountBook.Current.Accounts.AsEnumerable();
        if (view is List<Account> same)
        {
            same.Clear(); // expect: WEFT0003
        }

        return active.Count + byName.Count;
    }
}
