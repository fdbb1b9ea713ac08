// WEFT0001: read-only wrapper types as members — ReadOnlySet<T> (.NET 9), ReadOnlyDictionary<K,V>, ReadOnlyObservable-
// Collection<T> — each a view over a collection its builder can still change (the page: a read-only view).
using System.Collections.ObjectModel;
using Weft;

namespace Corpus5a.ReadOnlyWrapperMembers;

[ThreadLocalSlot]
public sealed partial class Acl
{
    public ReadOnlySet<string> Blocked { get; init; } = ReadOnlySet<string>.Empty; // expect: WEFT0001
    public ReadOnlyDictionary<string, int> Limits { get; init; } = ReadOnlyDictionary<string, int>.Empty; // expect: WEFT0001
    public ReadOnlyObservableCollection<string> Admins { get; init; } = new(new ObservableCollection<string>()); // expect: WEFT0001
}
