using System.Security.Cryptography;
using Framing.Internal;
using Framing.Tests.Support;

namespace Framing.Tests.Internal;

/// <summary>The managed SHA-256 used while loading gives the runtime's digests (rule-set and schema hashes must not change).</summary>
public class Sha256Tests
{
    [Test]
    public void EveryLengthAroundTheBlockAndPaddingEdgesGivesTheRuntimesDigest()
    {
        var rng = new Random(7);
        // 0–200 bytes crosses the 55/56-byte padding edge and the 64-byte block edge three times.
        for (int n = 0; n <= 200; n++)
        {
            var data = new byte[n];
            rng.NextBytes(data);
            Assert.That(Sha256.HashData(data), Is.EqualTo(SHA256.HashData(data)), $"{n} bytes");
        }
    }

    [Test]
    public void PiecesOfAnySizeGiveTheDigestOfTheWhole()
    {
        var rng = new Random(11);
        var data = new byte[1 << 20];
        rng.NextBytes(data);
        var expected = SHA256.HashData(data);
        for (int trial = 0; trial < 5; trial++)
        {
            var sha = new Sha256();
            int at = 0;
            while (at < data.Length)
            {
                int take = Math.Min(data.Length - at, rng.Next(0, trial == 0 ? 3 : 300));
                sha.Append(data.AsSpan(at, take));
                at += take;
            }
            Assert.That(sha.Finish(), Is.EqualTo(expected), $"trial {trial}");
        }
    }

    [Test]
    public void TheShippedRuleSetsHashIsTheRuntimesSha256OfItsFiles()
    {
        // RuleSet.Hash is recorded in compiled rule files and models: it must stay what it was.
        var dir = Repo.Path_("rules");
        var files = Directory.GetFiles(dir, "*.yaml").Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            sha.AppendData(bytes);
        }
        Assert.That(Framing.Rules.RuleSet.Default.Hash, Is.EqualTo(Convert.ToHexStringLower(sha.GetHashAndReset())));
    }
}
