using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A method of an object made here that changes one of its own members (<c>Reset() => Items.Clear()</c>, a
/// <c>Dispose</c> the <c>using</c> calls) writes what a read of that member gave the caller: a member filled by its
/// initializer (<c>Items { get; } = new()</c>) is no store the caller saw, so the read gave the memory reached from the
/// object, and publishing it then calling the method writes the published list. Missed before, when the call's write
/// only reached members the caller had seen stored (a constructor's parameter): found by a probe of corpus14's
/// using-block form.
/// </summary>
public sealed class ReceiverMemberWriteTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public sealed class Batch : IDisposable
        {
            public List<int> Items { get; } = new();

            public void Reset() => Items.Clear();

            public void Dispose() => Items.Clear();
        }

        """;

    [Fact]
    public Task A_method_clearing_the_member_just_published_writes_it() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public static class Publisher
        {
            public static void Reused(Slot<List<int>> slot)
            {
                var batch = new Batch();
                batch.Items.Add(1);
                slot.Publish(batch.Items);
                {|WEFT0002:batch.Reset()|};
            }

            public static void Disposed(Slot<List<int>> slot)
            {
                using var {|WEFT0002:batch = new Batch()|};
                slot.Publish(batch.Items);
            }
        }
        """);

    [Fact]
    public Task Publishing_a_copy_of_the_member_is_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public static class Publisher
        {
            public static void Reused(Slot<List<int>> slot)
            {
                var batch = new Batch();
                batch.Items.Add(1);
                slot.Publish(new List<int>(batch.Items));
                batch.Reset();
            }

            public static void Disposed(Slot<List<int>> slot)
            {
                using var batch = new Batch();
                batch.Items.Add(2);
                slot.Publish(new List<int>(batch.Items));
            }
        }
        """);
}
