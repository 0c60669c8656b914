export default function Page() {
  return (
    <main>
      <h1>Bare Next page</h1>
      <p>
        One heading and one paragraph, statically rendered: what every App Router page costs before any of its
        own code.
      </p>
    </main>
  )
}
