# email-qa: one image for the API (email-qa serve) and the workers (email-qa worker).
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# esbuild runs the TypeScript sources directly (bin/register.mjs, no build step), so it stays installed.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY bin ./bin
COPY src ./src
COPY workers ./workers
COPY rubrics ./rubrics
COPY tsconfig.json ./
# A named volume mounted on /data takes this owner, so the node user can keep its tokens there.
RUN mkdir -p /data && chown node:node /data
USER node
ENV HOST=0.0.0.0 PORT=3000 QA_DATA_DIR=/data
EXPOSE 3000
ENTRYPOINT ["node", "bin/email-qa.mjs"]
CMD ["serve"]
