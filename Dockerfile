# The app image for docker-compose.yml: the CLI and web server, run from the
# TypeScript sources with tsx (as bin/kg.mjs does), the web client built once.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Dev dependencies are needed: vite builds the web client, tsx runs the sources.
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npm run build:web
EXPOSE 5173
CMD ["npx", "kg", "serve", "--neo4j", "--host", "0.0.0.0", "--port", "5173"]
